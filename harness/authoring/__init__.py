"""Authoring: what writes scenarios and goldens for people to review. The golden review workflow (check, update,
approve) and the export of fuzz counterexamples as Danish scenarios with pending goldens. It sits above the engines
and the benefits, since it needs the scenarios and a benefit's reference together."""
