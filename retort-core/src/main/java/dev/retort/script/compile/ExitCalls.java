package dev.retort.script.compile;

import dev.retort.RetortException;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Refuses a Java revision whose classes call {@code System.exit}, {@code Runtime.exit} or
 * {@code Runtime.halt}: it would end Retort in the middle of a run, with a revision half done
 * and nothing reported. JDK 17 can no longer forbid it at run time without the deprecated
 * SecurityManager (JDK 24 removed it), so the compiled classes are read before anything runs:
 * any reference to those methods in a class's constant pool (a call, or a method reference such
 * as {@code System::exit}) refuses the file. Reflection can still reach them; that is not a
 * mistake but an attack, and revisions are code the team reviews.
 */
final class ExitCalls {
    private static final Pattern CALL = Pattern.compile("\\b(?:exit|halt)\\s*\\(|::\\s*(?:exit|halt)\\b");

    private ExitCalls() {}

    /** Throws a usage error naming {@code source}'s line when a class under {@code classDir} can exit the JVM. */
    static void refuse(Path source, Path classDir) {
        try (Stream<Path> walk = Files.walk(classDir)) {
            for (Path c : walk.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String call = exitCall(Files.readAllBytes(c));
                if (call != null) {
                    throw RetortException.usage(source + ":" + line(source) + ": the revision calls " + call
                                    + ", which would end Retort in the middle of the run",
                            "throw an exception instead: Retort then reports the revision as failed and rolls back what it can");
                }
            }
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.FAILED, "cannot read compiled revisions in " + classDir + ": "
                    + e.getMessage(), "delete the folder " + classDir + " and run again", e);
        }
    }

    /** "System.exit" (or Runtime.exit, Runtime.halt) when the class file refers to it, else null. */
    static String exitCall(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            return null;
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNames = new int[count];
        int[][] refs = new int[count][];
        int[][] nameAndTypes = new int[count][];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // eight-byte constants take two slots
                }
                case 7 -> classNames[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 9, 11, 17, 18 -> in.readInt();
                case 10 -> refs[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                case 12 -> nameAndTypes[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> {
                    return null; // a constant this reader does not know: javac of a newer JDK; let it run
                }
            }
        }
        for (int[] ref : refs) {
            if (ref == null || nameAndTypes[ref[1]] == null) {
                continue;
            }
            String owner = utf8[classNames[ref[0]]];
            String name = utf8[nameAndTypes[ref[1]][0]];
            if ("java/lang/System".equals(owner) && "exit".equals(name)) {
                return "System.exit";
            }
            if ("java/lang/Runtime".equals(owner) && ("exit".equals(name) || "halt".equals(name))) {
                return "Runtime." + name;
            }
        }
        return null;
    }

    /** The first source line that looks like the call, else 1. */
    private static int line(Path source) {
        try {
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (!l.startsWith("//") && !l.startsWith("*") && CALL.matcher(l).find()) {
                    return i + 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the file was read a moment ago; without it the line is 1
        }
        return 1;
    }
}
