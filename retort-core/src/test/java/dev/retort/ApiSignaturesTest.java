package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What an application (or the CLI) can call in {@code dev.retort} takes and returns only API
 * types: those of {@code dev.retort} itself, the revision DSL in {@code dev.retort}, and the
 * JDK's ({@code java.*}, and {@code javax.sql} for an application's DataSource). An internal type in a public signature would make every internal change a breaking one.
 */
class ApiSignaturesTest {
    @Test
    void publicSignaturesOfTheApiPackageNameOnlyApiTypes() throws Exception {
        List<Class<?>> api = apiClasses();
        assertThat(api).contains(Retort.class, RevisionGraph.class, Current.class, MigrationListener.Step.class, Retort.Builder.class);
        Set<String> leaks = new TreeSet<>();
        for (Class<?> c : api) {
            leaks.addAll(leaks(c));
        }
        assertThat(leaks).as("internal types in public signatures of dev.retort").isEmpty();
        assertThat(api).as("the quality commands' records are API").contains(DoctorResult.class, LintResult.class,
                VerifyResult.class, CheckResult.class, Finding.class, Report.class);
    }

    @Test
    void theCheckSeesAnInternalTypeInAGenericSignature() throws Exception {
        assertThat(leaks(Leaky.class)).containsExactly(
                "dev.retort.ApiSignaturesTest$Leaky.map(): java.util.List<dev.retort.graph.RevisionMap>");
    }

    /** For the test of the test: an API-looking type that leaks in a type argument. */
    public static final class Leaky {
        public List<dev.retort.graph.RevisionMap> map() {
            return List.of();
        }

        List<dev.retort.graph.RevisionMap> hidden() {
            return List.of();
        }
    }

    private static List<String> leaks(Class<?> c) {
        List<String> out = new ArrayList<>();
        String owner = c.getName();
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                check(out, owner + "." + rc.getName(), rc.getGenericType());
            }
        }
        for (Method m : c.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                String where = owner + "." + m.getName() + "()";
                check(out, where, m.getGenericReturnType());
                for (Type p : m.getGenericParameterTypes()) {
                    check(out, where, p);
                }
                for (Type e : m.getGenericExceptionTypes()) {
                    check(out, where, e);
                }
            }
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            if (Modifier.isPublic(k.getModifiers()) && !k.isSynthetic()) {
                for (Type p : k.getGenericParameterTypes()) {
                    check(out, owner + ".<init>", p);
                }
            }
        }
        for (Field f : c.getDeclaredFields()) {
            if (Modifier.isPublic(f.getModifiers()) && !f.isSynthetic()) {
                check(out, owner + "." + f.getName(), f.getGenericType());
            }
        }
        check(out, owner + " extends", c.getGenericSuperclass());
        for (Type i : c.getGenericInterfaces()) {
            check(out, owner + " implements", i);
        }
        return out;
    }

    private static void check(List<String> out, String where, Type t) {
        if (!allowed(t)) {
            String entry = where + ": " + t.getTypeName();
            if (!out.contains(entry)) {
                out.add(entry);
            }
        }
    }

    private static boolean allowed(Type t) {
        if (t == null) {
            return true;
        }
        if (t instanceof Class<?> c) {
            while (c.isArray()) {
                c = c.getComponentType();
            }
            if (c.isPrimitive()) {
                return true;
            }
            String pkg = c.getPackageName();
            return pkg.startsWith("java.") || pkg.equals("javax.sql") || pkg.equals("dev.retort");
        }
        if (t instanceof ParameterizedType p) {
            return allowed(p.getRawType()) && Stream.of(p.getActualTypeArguments()).allMatch(ApiSignaturesTest::allowed);
        }
        if (t instanceof GenericArrayType a) {
            return allowed(a.getGenericComponentType());
        }
        if (t instanceof WildcardType w) {
            return Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds())).allMatch(ApiSignaturesTest::allowed);
        }
        if (t instanceof TypeVariable<?> v) {
            return Stream.of(v.getBounds()).allMatch(ApiSignaturesTest::allowed);
        }
        return false;
    }

    /** The public classes of dev.retort (nested ones included) as compiled, read from the classes folder. */
    private static List<Class<?>> apiClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Retort.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path pkg = root.resolve("dev/retort");
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(pkg)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.equals("package-info.class")) {
                    continue;
                }
                Class<?> c = Class.forName("dev.retort." + name.substring(0, name.length() - ".class".length()), false,
                        ApiSignaturesTest.class.getClassLoader());
                if (visible(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static boolean visible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass()) {
                return false;
            }
        }
        return true;
    }
}
