"""Consultations: officers build them, parents, carers and young people answer them online."""
