"""Shared pytest fixtures: reference data and the demo network."""
import pytest


@pytest.fixture
def reference_data(db):
    """Load counties, categories and localities into the test database."""
    from news.reference.load import load_reference

    return load_reference()
