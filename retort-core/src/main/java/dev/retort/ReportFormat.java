package dev.retort;

/** How a {@link Report} is written: text for people, JSON for scripts, SARIF 2.1.0 for code-scanning tools. */
public enum ReportFormat { TEXT, JSON, SARIF }
