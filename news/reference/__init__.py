"""Reference data that ships with Gazeta: counties, categories, the SIRUTA gazetteer."""
