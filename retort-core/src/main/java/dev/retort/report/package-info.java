/**
 * What doctor, lint and verify report, and how: a common {@link dev.retort.report.Finding}
 * with text, JSON and SARIF writers, so the three commands look alike and CI tools read them
 * the same way.
 */
package dev.retort.report;
