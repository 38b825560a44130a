"""Danish Gherkin scenarios: the one step grammar, feature-file reading, pytest-bdd bindings and the lint."""
