"""Numbers, sizes, rates and spans of time in the reader's language (QLocale's digits and
separators, translated unit names).

  format_number(value, decimals=0) -> str    "1,234" / "۱٬۲۳۴" / "1.234"
  format_bytes(count) -> str                  binary units: "0 B", "1.5 KiB", "300 MiB"
  format_rate(bytes_per_second) -> str        "2.5 KiB/s"
  format_kilobytes_rate(kilobytes) -> str     tor's decimal kB/s: "999 kB/s", "2.5 MB/s"
  format_span(seconds) -> str                 "45 s", "3 min 05 s", "2 h 05 min", "1 d 1 h"

The default QLocale is the one the panel runs in (ui.shell.language sets it at start).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

_BINARY = 1024


def _units() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("Units", "B", "abbreviation of byte"),
        QCoreApplication.translate("Units", "KiB", "abbreviation of kibibyte (1024 bytes)"),
        QCoreApplication.translate("Units", "MiB", "abbreviation of mebibyte"),
        QCoreApplication.translate("Units", "GiB", "abbreviation of gibibyte"),
        QCoreApplication.translate("Units", "TiB", "abbreviation of tebibyte"),
    )


def format_number(value: float, decimals: int = 0) -> str:
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)


def _amount(value: float, unit: str) -> str:
    # "%1 %2": a number, then its unit; languages that put the unit first reorder them.
    whole = value >= 100 or value == int(value)
    text = QCoreApplication.translate("Units", "%1 %2", "a number, then its unit: 1.5 KiB")
    return text.replace("%1", format_number(value, 0 if whole else 1)).replace("%2", unit)


def format_bytes(count: float) -> str:
    units = _units()
    value = float(count)
    step = 0
    while abs(value) >= _BINARY and step < len(units) - 1:
        value /= _BINARY
        step += 1
    return _amount(value, units[step])


def format_rate(bytes_per_second: float) -> str:
    return QCoreApplication.translate(
        "Units", "%1/s", "a data rate: %1 is an amount such as 2.5 KiB, per second"
    ).replace("%1", format_bytes(bytes_per_second))


def format_kilobytes_rate(kilobytes: int) -> str:
    """Tor's relay bandwidth, in its own decimal kilobytes per second."""
    if kilobytes >= 1000:
        unit = QCoreApplication.translate("Units", "MB/s", "megabytes (10^6 bytes) per second")
        return _amount(kilobytes / 1000, unit)
    unit = QCoreApplication.translate("Units", "kB/s", "kilobytes (1000 bytes) per second")
    return _amount(kilobytes, unit)


def format_span(seconds: float) -> str:
    seconds = max(0, int(seconds))
    if seconds < 60:
        text = QCoreApplication.translate("Units", "%1 s", "seconds")
        return text.replace("%1", format_number(seconds))
    if seconds < 3600:
        text = QCoreApplication.translate("Units", "%1 min %2 s", "minutes and seconds")
        minutes, rest = divmod(seconds, 60)
    elif seconds < 86400:
        text = QCoreApplication.translate("Units", "%1 h %2 min", "hours and minutes")
        minutes, rest = divmod(seconds // 60, 60)
    else:
        text = QCoreApplication.translate("Units", "%1 d %2 h", "days and hours")
        days, hours = divmod(seconds // 3600, 24)
        return text.replace("%1", format_number(days)).replace("%2", format_number(hours))
    second = format_number(rest).rjust(2, QLocale().zeroDigit()[0])
    return text.replace("%1", format_number(minutes)).replace("%2", second)
