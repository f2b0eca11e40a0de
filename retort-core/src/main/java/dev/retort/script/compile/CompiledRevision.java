package dev.retort.script.compile;

import dev.retort.RetortException;
import dev.retort.Migration;
import dev.retort.script.RevisionHeader;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

/** A Java revision class, loaded, with the metadata of its {@link dev.retort.Revision} annotation. */
public record CompiledRevision(RevisionHeader revision, Class<? extends Migration> type) {

    /** The annotated class as a revision; {@code source} may be null (classes found on the classpath). */
    public static CompiledRevision of(Class<? extends Migration> type, dev.retort.script.Source source) {
        dev.retort.Revision a = type.getAnnotation(dev.retort.Revision.class);
        if (a == null) {
            throw RetortException.usage(type.getName() + " has no @Revision annotation", "annotate it with @Revision(id = ..., revises = ...)");
        }
        return new CompiledRevision(new RevisionHeader(a.id(), List.of(a.revises()), List.of(a.branchLabels()),
                List.of(a.dependsOn()), a.message(), a.created(), source), type);
    }

    /** The annotation's transaction mode: "" (as configured) or "none" (outside any transaction). */
    public String transaction() {
        return type.getAnnotation(dev.retort.Revision.class).transaction();
    }

    /** A new instance, through the class's public no-argument constructor. */
    public Migration newInstance() {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw RetortException.usage("cannot create revision " + revision.id() + " (" + type.getName() + "): " + e,
                    "give the class a public no-argument constructor, and make it public, static (if nested) and not abstract");
        } catch (InvocationTargetException e) {
            throw new RetortException(RetortException.Kind.FAILED, "the constructor of revision " + revision.id()
                    + " failed: " + e.getCause(), "fix " + type.getSimpleName() + "'s constructor", e.getCause());
        }
    }
}
