from footprint.cli import main

# Worker processes started by a fork server import the main module again: only a real run runs.
if __name__ == "__main__":
    main()
