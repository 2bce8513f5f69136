"""Feedback: every piece of free text people give us, from every channel, in one place.

Features record what people wrote here as it arrives; the text-analysis engine and the officers'
inbox (later issues) read from it. `record_feedback` is the one way in.
"""
