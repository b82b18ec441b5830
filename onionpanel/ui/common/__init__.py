"""What every ui feature may use: kept tasks, GUI runtime tuning, item-view settings."""
