"""Gazeta: a regional news network for Romania."""
