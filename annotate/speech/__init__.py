"""Quoted speech placed in the footage: the words found in its text tracks
(subtitle streams, sidecar files) or, failing those, in its sound."""
