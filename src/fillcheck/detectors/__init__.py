"""Detector families, one module per family; each rule is a function registered with
:func:`fillcheck.registry.register` whose docstring is its documentation."""
