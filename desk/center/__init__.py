"""The center itself: name, address, opening hours, supervision phone, and settings."""
