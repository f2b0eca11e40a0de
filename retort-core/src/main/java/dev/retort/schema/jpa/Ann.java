package dev.retort.schema.jpa;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/**
 * A jakarta.persistence annotation read by name, so that Retort needs no JPA API at compile
 * time: the annotation types come from the user's classpath with the entities.
 */
record Ann(Annotation annotation) {
    static final String JPA = "jakarta.persistence.";

    /** The annotation {@code jakarta.persistence.<simpleName>} on {@code element}, or null. */
    static Ann on(AnnotatedElement element, String simpleName) {
        for (Annotation a : element.getAnnotations()) {
            if (a.annotationType().getName().equals(JPA + simpleName)) {
                return new Ann(a);
            }
        }
        return null;
    }

    static boolean present(AnnotatedElement element, String simpleName) {
        return on(element, simpleName) != null;
    }

    Object value(String attribute) {
        try {
            return annotation.annotationType().getMethod(attribute).invoke(annotation);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("@" + annotation.annotationType().getSimpleName() + " has no " + attribute, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    String string(String attribute) {
        return (String) value(attribute);
    }

    int integer(String attribute) {
        return (Integer) value(attribute);
    }

    boolean bool(String attribute) {
        return (Boolean) value(attribute);
    }

    /** An enum attribute's constant name, e.g. "IDENTITY". */
    String constant(String attribute) {
        return ((Enum<?>) value(attribute)).name();
    }

    Class<?> type(String attribute) {
        return (Class<?>) value(attribute);
    }

    List<String> strings(String attribute) {
        return List.of((String[]) value(attribute));
    }

    /** A nested annotation array attribute (indexes, joinColumns, ...). */
    List<Ann> nested(String attribute) {
        List<Ann> out = new ArrayList<>();
        for (Annotation a : (Annotation[]) value(attribute)) {
            out.add(new Ann(a));
        }
        return out;
    }

    Ann single(String attribute) {
        return new Ann((Annotation) value(attribute));
    }
}
