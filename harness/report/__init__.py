"""The evidence pack of a run: summary.md and rapport.html (Danish), results.json (schema-checked), junit.xml,
deviations/."""
from .evidence import ResultsFileError, load_results, results_errors, write_evidence
from .summary import summary_markdown
from .terminal import terminal_summary

__all__ = ["ResultsFileError", "load_results", "results_errors", "summary_markdown", "terminal_summary", "write_evidence"]
