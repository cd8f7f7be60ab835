"""Speech engines behind one small interface."""
