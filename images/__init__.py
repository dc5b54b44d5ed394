"""Gazeta's own lead images: decode under caps, WebP renditions, storage, retention."""
