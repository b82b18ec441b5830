"""torrc files as tor reads them, and which file line each of tor's settings comes from.

Pure: the caller reads the files (onionpanel.tor.config_reader) and hands in callables.

  TorrcLine(key, value, path, line, text)   one option line; line is 1-based, text as written
  Include(pattern, path, line)              a %include directive
  parse_torrc(text, path) -> list[TorrcLine | Include]
  TorrcTree(lines, files, problems)         every option line in the order tor reads them
  read_tree(path, files: FileAccess, working_dir="/") -> TorrcTree   follows %include
  FileAccess                                read(path) -> str, entries(path) -> names | None,
                                            glob(pattern) -> paths (each may raise OSError)
  SourceKind, Source                        torrc / defaults file / command line / built-in
                                            default / unknown, with the file and line
  Setting(key, value, source)               one effective value with where it comes from
  parse_config_text(text) -> [(key, value)] GETINFO config-text
  parse_command_line(argv) -> [(key, value)]   tor's own argv (/proc/PID/cmdline)
  attribute(entries, torrc, defaults, command_line, complete) -> list[Setting]

Facts from tor's manual: a line is ``Key value``; ``#`` starts a comment; a trailing ``\\``
continues a line; ``%include PATTERN`` reads the matching files (a directory: the files in it
in lexical order, not sub-directories, skipping names that start with a dot). A later
value of a single-valued option wins; the command line overrides the torrc.
"""

from __future__ import annotations

import enum
import posixpath
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

MAX_INCLUDE_DEPTH = 31  # tor's own limit


@dataclass(frozen=True)
class TorrcLine:
    key: str
    value: str
    path: str
    line: int
    text: str

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Include:
    pattern: str
    path: str
    line: int


def _strip_comment(text: str) -> str:
    quoted = False
    for index, char in enumerate(text):
        if char == '"' and (index == 0 or text[index - 1] != "\\"):
            quoted = not quoted
        elif char == "#" and not quoted:
            return text[:index]
    return text


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        inner = value[1:-1]
        return inner.replace('\\"', '"').replace("\\\\", "\\")
    return value


def _logical_lines(text: str) -> list[tuple[int, str, str]]:
    """(first line number, joined content without comments, the text as written)."""
    result: list[tuple[int, str, str]] = []
    parts: list[str] = []
    written: list[str] = []
    start = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        if not parts:
            start = number
        content = _strip_comment(raw).rstrip()
        if parts and raw.lstrip().startswith("#"):
            written.append(raw)
            continue  # a comment inside a continued line is skipped, as tor does
        written.append(raw)
        if content.endswith("\\"):
            parts.append(content[:-1])
            continue
        parts.append(content)
        result.append((start, " ".join(p.strip() for p in parts).strip(), "\n".join(written)))
        parts, written = [], []
    if parts:
        result.append((start, " ".join(p.strip() for p in parts).strip(), "\n".join(written)))
    return result


def parse_torrc(text: str, path: str) -> list[TorrcLine | Include]:
    entries: list[TorrcLine | Include] = []
    for number, content, written in _logical_lines(text):
        if not content:
            continue
        key, _, value = content.partition(" ")
        key, value = key.strip(), value.strip()
        if "\t" in key:
            key, _, rest = key.partition("\t")
            value = f"{rest} {value}".strip()
        if key.lower() == "%include":
            entries.append(Include(value, path, number))
        else:
            entries.append(TorrcLine(key, _unquote(value), path, number, written.strip()))
    return entries


@dataclass(frozen=True)
class FileAccess:
    """How read_tree reaches the disk; each call may raise OSError."""

    read: Callable[[str], str]
    entries: Callable[[str], list[str] | None]  # names in a directory; None: not a directory
    glob: Callable[[str], list[str]]


@dataclass(frozen=True)
class TorrcTree:
    lines: tuple[TorrcLine, ...] = ()
    files: tuple[str, ...] = ()  # every file read, in order
    problems: tuple[tuple[str, str], ...] = ()  # (path or pattern, why it was not read)

    @property
    def complete(self) -> bool:
        return not self.problems


@dataclass
class _Walk:
    files: FileAccess
    working_dir: str
    lines: list[TorrcLine] = field(default_factory=list)
    read: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)


def read_tree(path: str, files: FileAccess, working_dir: str = "/") -> TorrcTree:
    walk = _Walk(files, working_dir)
    _read_file(walk, path, 0)
    return TorrcTree(tuple(walk.lines), tuple(walk.read), tuple(walk.problems))


def _read_file(walk: _Walk, path: str, depth: int) -> None:
    try:
        text = walk.files.read(path)
    except OSError as error:
        walk.problems.append((path, error.strerror or str(error)))
        return
    except UnicodeDecodeError:
        walk.problems.append((path, "not a text file"))
        return
    walk.read.append(path)
    for entry in parse_torrc(text, path):
        if isinstance(entry, TorrcLine):
            walk.lines.append(entry)
        elif depth >= MAX_INCLUDE_DEPTH:
            walk.problems.append((entry.pattern, "includes nested too deeply"))
        else:
            for included in _included_files(walk, entry):
                _read_file(walk, included, depth + 1)


def _included_files(walk: _Walk, include: Include) -> list[str]:
    pattern = include.pattern
    if not posixpath.isabs(pattern):
        pattern = posixpath.join(walk.working_dir, pattern)
    try:
        matches = sorted(walk.files.glob(pattern)) if _has_magic(pattern) else [pattern]
    except OSError as error:
        walk.problems.append((pattern, error.strerror or str(error)))
        return []
    result: list[str] = []
    for match in matches:
        try:
            names = walk.files.entries(match)
        except OSError as error:
            walk.problems.append((match, error.strerror or str(error)))
            continue
        if names is None:
            result.append(match)
            continue
        for name in sorted(names):
            if name.startswith("."):
                continue
            child = posixpath.join(match, name)
            try:
                is_file = walk.files.entries(child) is None
            except OSError:
                is_file = True  # let the read say what is wrong with it
            if is_file:
                result.append(child)
    return result


def _has_magic(pattern: str) -> bool:
    return any(char in pattern for char in "*?[")


# --- where each setting comes from ------------------------------------------------------


class SourceKind(enum.Enum):
    TORRC = "torrc"
    DEFAULTS_FILE = "defaults file"
    COMMAND_LINE = "command line"
    BUILT_IN = "built-in default"
    RUNTIME = "changed while tor runs"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Source:
    kind: SourceKind
    path: str = ""
    line: int = 0
    text: str = ""  # the line as written, for copying

    @property
    def where(self) -> str:
        """``/etc/tor/torrc:12``, or the kind in words."""
        if self.path and self.line:
            return f"{self.path}:{self.line}"
        return self.kind.value

    @staticmethod
    def of(line: TorrcLine, kind: SourceKind) -> Source:
        return Source(kind, line.path, line.line, line.text)


@dataclass(frozen=True)
class Setting:
    key: str
    value: str
    source: Source


def parse_config_text(text: str) -> list[tuple[str, str]]:
    """GETINFO config-text: one ``Key value`` per line, tor's canonical spelling."""
    entries: list[tuple[str, str]] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        key, _, value = line.partition(" ")
        entries.append((key, value.strip()))
    return entries


def parse_command_line(argv: Sequence[str]) -> list[tuple[str, str]]:
    """Options given to tor on its command line: ``--Key value`` or ``Key value`` pairs
    after the program name; tor's own flags (-f FILE, --defaults-torrc FILE, --hush) are
    not options."""
    with_argument = {"-f", "--torrc-file", "--defaults-torrc", "--hash-password"}
    with_argument |= {"--key-expiration"}
    alone = {"--hush", "--quiet", "--verify-config", "--ignore-missing-torrc"}
    alone |= {"--allow-missing-torrc", "--list-fingerprint", "--list-modules", "--keygen"}
    alone |= {"--version", "--nt-service"}
    options: list[tuple[str, str]] = []
    words = list(argv[1:])
    index = 0
    while index < len(words):
        word = words[index]
        if word in with_argument:
            index += 2
            continue
        if word in alone:
            index += 1
            continue
        key = word.lstrip("-")
        value = words[index + 1] if index + 1 < len(words) else ""
        options.append((key.lstrip("+/"), value))
        index += 2
    return options


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def _key(key: str) -> str:
    return key.lstrip("+/").lower()


def attribute(
    entries: Sequence[tuple[str, str]],
    torrc: Sequence[TorrcLine],
    defaults: Sequence[TorrcLine] = (),
    command_line: Sequence[tuple[str, str]] | None = None,
    complete: bool = True,
) -> list[Setting]:
    """Give each (key, value) tor reports the line it comes from. ``complete``: every file
    was read and the command line is known, so a value found nowhere was set at run time."""
    by_key: dict[str, list[int]] = {}
    for index, (key, _) in enumerate(entries):
        by_key.setdefault(_key(key), []).append(index)
    sources: dict[int, Source] = {}
    for key, indexes in by_key.items():
        values = [entries[index][1] for index in indexes]
        for position, source in _attribute_key(key, values, torrc, defaults, command_line):
            sources[indexes[position]] = source
    leftover = SourceKind.RUNTIME if complete and command_line is not None else SourceKind.UNKNOWN
    return [
        Setting(key, value, sources.get(index, Source(leftover)))
        for index, (key, value) in enumerate(entries)
    ]


def _attribute_key(
    key: str,
    values: list[str],
    torrc: Sequence[TorrcLine],
    defaults: Sequence[TorrcLine],
    command_line: Sequence[tuple[str, str]] | None,
) -> list[tuple[int, Source]]:
    found: list[tuple[int, Source]] = []
    open_positions = list(range(len(values)))
    command_values = [_norm(v) for k, v in command_line or () if _key(k) == key]
    for position in list(open_positions):
        if _norm(values[position]) in command_values:
            text = f"{key} {values[position]}"
            found.append((position, Source(SourceKind.COMMAND_LINE, text=text)))
            open_positions.remove(position)
    for lines, kind in ((torrc, SourceKind.TORRC), (defaults, SourceKind.DEFAULTS_FILE)):
        candidates = [line for line in lines if _key(line.key) == key]
        if not candidates or not open_positions:
            continue
        # Exact value first; a single value is the last line for the key (tor: last wins);
        # several values pair up with the remaining lines in order (tor keeps file order).
        for position in list(open_positions):
            wanted = _norm(values[position])
            match = next((c for c in reversed(candidates) if _norm(c.value) == wanted), None)
            if match is not None:
                found.append((position, Source.of(match, kind)))
                open_positions.remove(position)
                candidates.remove(match)
        if kind is SourceKind.TORRC and len(values) == 1 and open_positions and candidates:
            found.append((open_positions.pop(), Source.of(candidates[-1], kind)))
        elif kind is SourceKind.TORRC and len(open_positions) == len(candidates):
            pairs = zip(open_positions, candidates, strict=True)
            found += [(position, Source.of(line, kind)) for position, line in pairs]
            open_positions = []
    return found
