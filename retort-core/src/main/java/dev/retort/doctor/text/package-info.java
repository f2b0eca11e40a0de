/**
 * A revision file's text as doctor reads and edits it in place, one record per format
 * ({@link dev.retort.doctor.text.SqlText}, {@link dev.retort.doctor.text.JavaText},
 * {@link dev.retort.doctor.text.AlembicText}): where its header values sit, and the minimal
 * {@link dev.retort.doctor.text.TextEdit}s that change them. Below the rest of doctor: a
 * {@code ScriptFile} carries its text, checks read it, the repair edits it.
 */
package dev.retort.doctor.text;
