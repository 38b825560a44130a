"""The negative stage: cases the law cannot compute, which a candidate must refuse (stage.py)."""
