package dev.retort.doctor.text;

import dev.retort.script.RevisionHeader;
import java.util.List;

/**
 * One revision file as text: what it declares, and where a repair may rewrite it. Each format
 * knows where its parent list and its copies live; doctor asks only through this interface.
 */
public sealed interface RevisionText permits AlembicText, SqlText, JavaText {
    RevisionHeader revision();

    /** The id as a second copy in the file states it (an Alembic docstring), or null. */
    default String copiedId() {
        return null; // only Alembic files repeat their header
    }

    /** The parents as a second copy states them, or null when the file has no such copy. */
    default List<String> copiedParents() {
        return null;
    }

    /** True when the upgrade does something; a merge revision's empty body is no problem. */
    boolean upgradeDoesWork();

    /** What the upgrade does, for messages: "the upgrade changes the schema". */
    default String upgradeWork() {
        return "the upgrade changes the schema";
    }

    /** True when the downgrade is missing or empty and nothing derives it. */
    boolean downgradeMissing();

    /** Edits that make every parent list in the file say {@code parents}. */
    List<TextEdit> setParents(List<String> parents);

    /** Edits that make the dependency list say {@code dependsOn}; empty when the file has none to edit. */
    List<TextEdit> setDependsOn(List<String> dependsOn);

    /**
     * Edits that make the file declare revision id {@code id} (and its copies say so); null when
     * the format cannot change it in place (a Java revision's id is also its class name).
     */
    default List<TextEdit> setId(String id) {
        return null;
    }

    /** Edits that make the copies (docstring lines) agree with the values the code declares. */
    List<TextEdit> syncCopies();
}
