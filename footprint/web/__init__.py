"""The local web app (footprint serve): app.py has the pages, forms.py the start form, runs.py the checks."""
