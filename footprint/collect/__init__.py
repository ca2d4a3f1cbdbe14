"""Collectors: they gather sources (search answers, pages, photos) and never judge them."""
