package dev.retort.config;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one masker: it knows the secret values of a run (passwords from urls, the config, the
 * environment) and replaces them by {@value #MASK} wherever they appear, also percent-encoded,
 * JSON- or SQL-escaped, or mixed, so that a driver echoing a url, a JSON writer escaping a quote or
 * a stack trace cannot print one. {@link #maskUrl} adds the url structure's own positions
 * (user-info, password parameters), which also catches secrets it was never told.
 */
public final class Secrets {
    public static final String MASK = "***";
    /**
     * Values shorter than this are masked only where they stand in a url: a one- or two-letter
     * password masked by value would blank out letters all over the output.
     */
    public static final int MIN_LENGTH = 3;

    private static final Secrets NONE = new Secrets(List.of());

    // user:password@ in the authority part (jdbc:postgresql://u:p@host/db, mysql://u:p@host). The
    // password runs to the LAST '@' before the parameters: it may itself hold '@' or '/'.
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:?;&\\s]*):([^?;&\\s]*)@");
    // password=... as a query parameter or a ;-separated property (H2, SQL Server, MariaDB), also
    // inside a driver's message, where a bracket or a space may end it.
    private static final List<String> PARAM_KEYS = List.of("password", "passwd", "pwd", "sslpassword", "secret", "token");
    private static final Pattern PARAM = Pattern.compile(
            "(?i)((?<![\\w.])(?:" + String.join("|", PARAM_KEYS) + ")=)([^&;)\\s]*)");
    // For finding values: user-info up to the last '@' of the authority, a parameter up to its separator.
    // Greedy: the password runs to the last '@' that a host (and port) follows; reluctant: to the first.
    private static final Pattern URL_USER_INFO = Pattern.compile(
            "^([a-zA-Z][\\w+.:-]*://)([^/@:?#]*):(.*)@([\\w.\\[\\]:,%-]+)([/?;#].*)?$", Pattern.DOTALL);
    private static final Pattern URL_USER_INFO_SHORTEST = Pattern.compile(
            "^([a-zA-Z][\\w+.:-]*://)([^/@:?#]*):(.*?)@([\\w.\\[\\]:,%-]+)([/?;#].*)?$", Pattern.DOTALL);
    private static final Pattern URL_PARAM = Pattern.compile("(?i)(?<![\\w.])(?:password|passwd|pwd|sslpassword)=([^&;]*)");

    private final List<String> values;
    private final Pattern pattern;

    private Secrets(List<String> values) {
        this.values = List.copyOf(values);
        this.pattern = values.isEmpty() ? null : compile(values);
    }

    /** No secrets: only {@link #maskUrl}'s structural masking applies. */
    public static Secrets none() {
        return NONE;
    }

    /** These values (null, empty and too short ones are skipped). */
    public static Secrets of(Collection<String> given) {
        return none().with(given);
    }

    public static Secrets of(String... given) {
        return of(java.util.Arrays.asList(given));
    }

    /** This masker and {@code more}. */
    public Secrets with(Collection<String> more) {
        Set<String> all = new LinkedHashSet<>(values);
        for (String v : more) {
            if (v != null && v.codePointCount(0, v.length()) >= MIN_LENGTH) {
                all.add(v);
            }
        }
        return all.size() == values.size() ? this : new Secrets(new ArrayList<>(all));
    }

    /** This masker and the password(s) {@code url} carries, as written and decoded. */
    public Secrets withUrl(String url) {
        return with(inUrl(url));
    }

    /** The values known, for tests and for combining maskers. */
    public List<String> values() {
        return values;
    }

    /** {@code text} with every known secret and every url secret replaced by {@value #MASK}. */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = pattern == null ? text : pattern.matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
        return maskUrl(out);
    }

    /** The url with its password(s) replaced by {@value #MASK}; null stays null. */
    public static String maskUrl(String url) {
        if (url == null || url.isEmpty()) {
            return url;
        }
        // The patterns try every position; a command's whole output (upgrade --sql on 10,000
        // revisions: 5 MB) took 0.25 s. Text neither could match (no "//" with an '@', no key
        // before an '=') is returned as it is; anything else goes through both, as before.
        boolean mayMatch = url.contains("//") && url.indexOf('@') >= 0 || mayHoldParam(url);
        return mayMatch ? maskUrlByPatterns(url) : url;
    }

    /** {@link #maskUrl} without the shortcut: both patterns over the whole text. */
    static String maskUrlByPatterns(String url) {
        String masked = USER_INFO.matcher(url).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + ":" + MASK + "@"));
        return PARAM.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
    }

    // Whether some '=' follows one of PARAM's keys, in any case (regionMatches' case folding is wider
    // than the pattern's, so this may say yes where the pattern finds nothing, never the reverse).
    private static boolean mayHoldParam(String text) {
        for (int eq = text.indexOf('='); eq >= 0; eq = text.indexOf('=', eq + 1)) {
            for (String key : PARAM_KEYS) {
                if (eq >= key.length() && text.regionMatches(true, eq - key.length(), key, 0, key.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The passwords in a url: the user-info's ({@code //user:pass@host}) and every password
     * parameter's ({@code ?password=}, {@code ;password=}), each as written and percent-decoded.
     */
    public static List<String> inUrl(String url) {
        List<String> found = new ArrayList<>();
        if (url == null || url.isEmpty()) {
            return found;
        }
        for (Pattern p : List.of(URL_USER_INFO, URL_USER_INFO_SHORTEST)) {
            Matcher info = p.matcher(url);
            if (info.matches()) {
                addWithDecoded(found, info.group(3));
            }
        }
        Matcher param = URL_PARAM.matcher(url);
        while (param.find()) {
            addWithDecoded(found, param.group(1));
        }
        return found;
    }

    /** A url's user-info, percent-decoded, and the url without it; null when it has none. */
    public record UserInfo(String user, String password, String urlWithout) {}

    /** The url's {@code user:password@}, taken as running to the last '@' that a host follows. */
    public static UserInfo userInfo(String url) {
        Matcher m = url == null ? null : URL_USER_INFO.matcher(url);
        if (m == null || !m.matches()) {
            return null;
        }
        String rest = m.group(5) == null ? "" : m.group(5);
        return new UserInfo(percentDecoded(m.group(2)), percentDecoded(m.group(3)), m.group(1) + m.group(4) + rest);
    }

    private static void addWithDecoded(List<String> found, String raw) {
        found.add(raw);
        // As the url's user-info means it ('+' literal) and as a form parameter ('+' a space).
        for (String decoded : List.of(percentDecoded(raw), percentDecoded(raw.replace('+', ' ')))) {
            if (!found.contains(decoded)) {
                found.add(decoded);
            }
        }
    }

    /** %XX sequences decoded as UTF-8; '+' stays (it is literal in user-info), malformed text stays as written. */
    static String percentDecoded(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    /** One pattern for all values, longest first so that a value holding another is masked whole. */
    private static Pattern compile(List<String> values) {
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder re = new StringBuilder();
        for (String v : sorted) {
            if (re.length() > 0) {
                re.append('|');
            }
            re.append("(?:");
            v.codePoints().forEach(cp -> re.append(anyForm(cp)));
            re.append(')');
        }
        return Pattern.compile(re.toString());
    }

    /**
     * Every way one character of a secret may be written in output: percent-encoded (either hex
     * case), as a JSON/Java escape, doubled or backslashed quote (SQL), '+' for a space (forms),
     * or as itself. Escapes come first so that a match never ends inside one.
     */
    private static String anyForm(int cp) {
        List<String> forms = new ArrayList<>();
        StringBuilder percent = new StringBuilder();
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
            percent.append('%').append(hexForm(b & 0xff, 2));
        }
        forms.add(percent.toString());
        StringBuilder unicode = new StringBuilder();
        for (char c : Character.toChars(cp)) {
            unicode.append("\\\\u").append(hexForm(c, 4));
        }
        forms.add(unicode.toString());
        switch (cp) {
            case '"' -> forms.add("\\\\\"");
            case '\\' -> forms.add("\\\\\\\\");
            case '/' -> forms.add("\\\\/");
            case '\'' -> {
                forms.add("''");
                forms.add("\\\\'");
            }
            case ' ' -> forms.add("\\+");
            case '\t' -> forms.add("\\\\t");
            case '\n' -> forms.add("\\\\n");
            case '\r' -> forms.add("\\\\r");
            default -> { }
        }
        forms.add(Pattern.quote(new String(Character.toChars(cp))));
        return "(?:" + String.join("|", forms) + ")";
    }

    /** A regex matching {@code value} as {@code digits} hex digits in either case. */
    private static String hexForm(int value, int digits) {
        String hex = String.format(Locale.ROOT, "%0" + digits + "x", value);
        StringBuilder re = new StringBuilder();
        for (char c : hex.toCharArray()) {
            re.append(Character.isLetter(c) ? "[" + c + Character.toUpperCase(c) + "]" : String.valueOf(c));
        }
        return re.toString();
    }
}
