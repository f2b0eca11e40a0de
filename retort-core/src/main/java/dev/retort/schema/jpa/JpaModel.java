package dev.retort.schema.jpa;

import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.Constraint;
import dev.retort.Index;
import dev.retort.Type;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.SchemaColumn;
import dev.retort.schema.model.SchemaTable;
import java.lang.reflect.Field;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schema Hibernate 6 creates for jakarta.persistence entities, with its default naming
 * (names as written, folded the way the database folds unquoted names), types, lengths and
 * generated constraints: @Table (name, uniqueConstraints, indexes), @Column (name, length,
 * precision, scale, nullable, unique, columnDefinition), @Id with @GeneratedValue (IDENTITY is
 * auto-increment; TABLE adds hibernate_sequences; SEQUENCE and UUID add no table),
 * @ManyToOne/@OneToOne with @JoinColumn, @OneToMany (mappedBy, or a join table), @ManyToMany
 * join tables, @Enumerated (with the check constraint Hibernate adds) and @Embedded.
 * The result is a draft: realized on a scratch database and reflected, it is the model.
 */
public final class JpaModel {
    private final Dialect dialect;
    private final Map<Class<?>, EntityInfo> entities = new LinkedHashMap<>();
    private final Map<String, Parts> tables = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    private record EntityInfo(String name, String table, List<SchemaColumn> idColumns) {}

    /** A table being built. */
    private static final class Parts {
        final String name;
        final List<SchemaColumn> columns = new ArrayList<>();
        final List<String> pk = new ArrayList<>();
        final List<Constraint.Unique> uniques = new ArrayList<>();
        final List<Constraint.Check> checks = new ArrayList<>();
        final List<Constraint.ForeignKey> fks = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();

        Parts(String name) {
            this.name = name;
        }

        void column(SchemaColumn c) {
            if (columns.stream().noneMatch(x -> x.name().equals(c.name()))) {
                columns.add(c);
            }
        }

        SchemaTable build() {
            return new SchemaTable(name, columns, pk.isEmpty() ? null : new Constraint.PrimaryKey(null, pk), uniques, checks, fks,
                    indexes);
        }
    }

    private JpaModel(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The draft schema of the @Entity classes in {@code packages} on {@code classpath}. */
    public static Schema draft(Dialect dialect, List<Path> classpath, List<String> packages) {
        try (EntityClasses classes = EntityClasses.load(classpath, packages)) {
            return draft(dialect, classes.entities);
        }
    }

    /** The draft schema of these entity classes. */
    public static Schema draft(Dialect dialect, List<Class<?>> entityClasses) {
        JpaModel m = new JpaModel(dialect);
        entityClasses.forEach(m::identify);
        entityClasses.forEach(m::map);
        List<SchemaTable> out = m.tables.values().stream().map(Parts::build).toList();
        return new Schema(dialect.name(), out, m.notes);
    }

    // ---- names

    /** How the database stores an unquoted name: Hibernate writes names unquoted. */
    private String fold(String name) {
        return dialect.jpa().fold(name);
    }

    private static String entityName(Class<?> c) {
        Ann e = Ann.on(c, "Entity");
        return e != null && !e.string("name").isEmpty() ? e.string("name") : c.getSimpleName();
    }

    private Parts table(String name) {
        return tables.computeIfAbsent(fold(name), Parts::new);
    }

    // ---- first pass: every entity's table and key columns, which references need

    private void identify(Class<?> c) {
        Ann t = Ann.on(c, "Table");
        String table = t != null && !t.string("name").isEmpty() ? t.string("name") : entityName(c);
        List<SchemaColumn> ids = new ArrayList<>();
        for (Field f : fields(c)) {
            if (Ann.present(f, "Id")) {
                ids.add(basic(f, columnName(f, f.getName()), true));
            }
        }
        if (ids.isEmpty()) {
            throw RetortException.usage("entity " + c.getName() + " has no @Id field",
                    "Retort reads field-annotated entities; @EmbeddedId and property access are not supported yet");
        }
        entities.put(c, new EntityInfo(entityName(c), fold(table), ids));
    }

    // ---- second pass: columns, keys, constraints

    private void map(Class<?> c) {
        EntityInfo info = entities.get(c);
        Parts p = table(info.table());
        Ann tableAnn = Ann.on(c, "Table");
        for (Field f : fields(c)) {
            if (Ann.present(f, "Id")) {
                SchemaColumn id = basic(f, columnName(f, f.getName()), true);
                p.column(id);
                p.pk.add(id.name());
                generated(f);
            } else if (Ann.present(f, "ManyToOne") || Ann.present(f, "OneToOne")) {
                toOne(p, f);
            } else if (Ann.present(f, "OneToMany")) {
                oneToMany(info, f);
            } else if (Ann.present(f, "ManyToMany")) {
                manyToMany(info, f);
            } else if (Ann.present(f, "ElementCollection")) {
                notes.add("@ElementCollection " + c.getSimpleName() + "." + f.getName() + " is not modelled");
            } else if (Ann.present(f, "Embedded") || Ann.present(f.getType(), "Embeddable")) {
                embedded(p, f.getType(), "");
            } else {
                basicColumn(p, f, "");
            }
        }
        if (tableAnn != null) {
            for (Ann u : tableAnn.nested("uniqueConstraints")) {
                p.uniques.add(new Constraint.Unique(emptyToNull(u.string("name")),
                        u.strings("columnNames").stream().map(this::fold).toList()));
            }
            for (Ann i : tableAnn.nested("indexes")) {
                List<String> written = new ArrayList<>();
                for (String part : i.string("columnList").split(",")) {
                    written.add(part.strip().split("\\s+")[0]);
                }
                List<String> cols = written.stream().map(this::fold).toList();
                String name = i.string("name").isEmpty() ? hashedName("IDX", tableName(c), written) : i.string("name");
                p.indexes.add(new Index(fold(name), p.name, cols, i.bool("unique"), null, false));
            }
        }
    }

    private static String tableName(Class<?> c) {
        Ann t = Ann.on(c, "Table");
        return t != null && !t.string("name").isEmpty() ? t.string("name") : entityName(c);
    }

    /**
     * Hibernate's name for an unnamed index or constraint: the prefix and the MD5 of the table
     * and (alphabetically sorted) column names, in base 35.
     */
    static String hashedName(String prefix, String table, List<String> columns) {
        StringBuilder sb = new StringBuilder("table`" + table + "`");
        columns.stream().sorted().forEach(col -> sb.append("column`").append(col).append('`'));
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return prefix + new BigInteger(1, md5.digest(sb.toString().getBytes(StandardCharsets.UTF_8))).toString(35);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by the Java platform", e);
        }
    }

    private void generated(Field f) {
        Ann g = Ann.on(f, "GeneratedValue");
        if (g != null && g.constant("strategy").equals("TABLE") && !tables.containsKey(fold("hibernate_sequences"))) {
            Parts seq = table("hibernate_sequences");
            seq.column(new SchemaColumn(fold("sequence_name"), Type.varchar(255), false, null, false));
            seq.column(new SchemaColumn(fold("next_val"), Type.BIGINT, true, null, false));
            seq.pk.add(fold("sequence_name"));
        }
    }

    private void basicColumn(Parts p, Field f, String prefix) {
        String name = columnName(f, prefix + f.getName());
        SchemaColumn col = basic(f, name, false);
        p.column(col);
        Ann column = Ann.on(f, "Column");
        if (column != null && column.bool("unique")) {
            p.uniques.add(new Constraint.Unique(null, List.of(name)));
        }
        Ann enumerated = Ann.on(f, "Enumerated");
        if (f.getType().isEnum()) {
            Object[] constants = f.getType().getEnumConstants();
            boolean ordinal = enumerated == null || enumerated.constant("value").equals("ORDINAL");
            if (ordinal) {
                p.checks.add(new Constraint.Check(null, name + " between 0 and " + (constants.length - 1)));
            } else if (dialect.jpa().nativeEnum(literals(constants)) == null) {
                p.checks.add(new Constraint.Check(null, name + " in (" + String.join(",", literals(constants)) + ")"));
            }
        }
    }

    /** A basic column; {@code id} columns are never null. */
    private SchemaColumn basic(Field f, String name, boolean id) {
        Ann column = Ann.on(f, "Column");
        int length = column == null ? 0 : column.integer("length");
        int precision = column == null ? 0 : column.integer("precision");
        int scale = column == null ? 0 : column.integer("scale");
        String definition = column == null ? "" : column.string("columnDefinition");
        Type type;
        if (!definition.isEmpty()) {
            type = Type.raw(definition);
        } else if (f.getType().isEnum()) {
            type = enumType(f, length);
        } else {
            type = JpaTypes.of(dialect, f.getType(), length == 255 ? 0 : length, precision, scale);
            if (type == null) {
                throw RetortException.usage("field " + f.getDeclaringClass().getSimpleName() + "." + f.getName() + " has type "
                        + f.getType().getName() + ", which Retort cannot map to a column yet",
                        "give it @Column(columnDefinition = \"...\"), or exclude its table in [model]");
            }
        }
        boolean nullable = !id && !f.getType().isPrimitive() && (column == null || column.bool("nullable"));
        Ann g = Ann.on(f, "GeneratedValue");
        boolean auto = id && g != null && g.constant("strategy").equals("IDENTITY");
        return new SchemaColumn(name, type, nullable, null, auto);
    }

    private Type enumType(Field f, int length) {
        Ann enumerated = Ann.on(f, "Enumerated");
        Object[] constants = f.getType().getEnumConstants();
        if (enumerated != null && enumerated.constant("value").equals("STRING")) {
            Type nativeEnum = dialect.jpa().nativeEnum(literals(constants));
            return nativeEnum != null ? nativeEnum : Type.varchar(length > 0 ? length : 255);
        }
        return dialect.jpa().tinyInteger();
    }

    /** An enum's constants as SQL string literals, in declaration order. */
    private static List<String> literals(Object[] constants) {
        List<String> values = new ArrayList<>();
        for (Object o : constants) {
            values.add("'" + ((Enum<?>) o).name().replace("'", "''") + "'");
        }
        return values;
    }

    private void embedded(Parts p, Class<?> type, String prefix) {
        for (Field f : fields(type)) {
            if (Ann.present(f, "Embedded") || Ann.present(f.getType(), "Embeddable")) {
                embedded(p, f.getType(), prefix);
            } else {
                basicColumn(p, f, prefix);
            }
        }
    }

    // ---- associations

    private void toOne(Parts p, Field f) {
        Ann mapping = Ann.on(f, "ManyToOne") != null ? Ann.on(f, "ManyToOne") : Ann.on(f, "OneToOne");
        if (Ann.on(f, "OneToOne") != null && !mapping.string("mappedBy").isEmpty()) {
            return;
        }
        EntityInfo target = target(f, f.getType());
        List<Ann> joins = joinColumns(f);
        List<String> cols = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        boolean optional = mapping.bool("optional");
        for (int i = 0; i < target.idColumns().size(); i++) {
            SchemaColumn id = target.idColumns().get(i);
            Ann join = i < joins.size() ? joins.get(i) : null;
            String name = join != null && !join.string("name").isEmpty() ? fold(join.string("name"))
                    : fold(f.getName() + "_" + id.name());
            boolean nullable = optional && (join == null || join.bool("nullable"));
            p.column(new SchemaColumn(name, id.type(), nullable, null, false));
            cols.add(name);
            refs.add(id.name());
        }
        p.fks.add(new Constraint.ForeignKey(null, cols, target.table(), refs, null, null));
        if (Ann.on(f, "OneToOne") != null) {
            p.uniques.add(new Constraint.Unique(null, cols));
        }
    }

    private void oneToMany(EntityInfo owner, Field f) {
        Ann mapping = Ann.on(f, "OneToMany");
        if (!mapping.string("mappedBy").isEmpty()) {
            return;
        }
        EntityInfo target = target(f, elementType(f));
        List<Ann> joins = joinColumns(f);
        if (!joins.isEmpty() && Ann.on(f, "JoinTable") == null) {
            Parts t = table(target.table());
            List<String> cols = new ArrayList<>();
            for (int i = 0; i < owner.idColumns().size(); i++) {
                String name = joins.size() > i && !joins.get(i).string("name").isEmpty() ? fold(joins.get(i).string("name"))
                        : fold(f.getName() + "_" + owner.idColumns().get(i).name());
                t.column(new SchemaColumn(name, owner.idColumns().get(i).type(), true, null, false));
                cols.add(name);
            }
            t.fks.add(new Constraint.ForeignKey(null, cols, owner.table(), owner.idColumns().stream().map(SchemaColumn::name).toList(),
                    null, null));
            return;
        }
        Parts join = joinTable(owner, target, f);
        join.uniques.add(new Constraint.Unique(null, inverseColumns(join, owner)));
    }

    private void manyToMany(EntityInfo owner, Field f) {
        if (!Ann.on(f, "ManyToMany").string("mappedBy").isEmpty()) {
            return;
        }
        EntityInfo target = target(f, elementType(f));
        Parts join = joinTable(owner, target, f);
        if (Set.class.isAssignableFrom(f.getType())) {
            join.pk.addAll(join.columns.stream().map(SchemaColumn::name).toList());
        }
    }

    /** The join table: owner key columns, then the target's; both referenced as foreign keys. */
    private Parts joinTable(EntityInfo owner, EntityInfo target, Field f) {
        Ann jt = Ann.on(f, "JoinTable");
        String name = jt != null && !jt.string("name").isEmpty() ? jt.string("name") : owner.name() + "_" + entityName(elementType(f));
        Parts t = table(name);
        List<String> ownerCols = columns(t, owner, jt == null ? List.of() : jt.nested("joinColumns"), owner.name());
        List<String> targetCols = columns(t, target, jt == null ? List.of() : jt.nested("inverseJoinColumns"), f.getName());
        t.fks.add(new Constraint.ForeignKey(null, ownerCols, owner.table(), names(owner), null, null));
        t.fks.add(new Constraint.ForeignKey(null, targetCols, target.table(), names(target), null, null));
        return t;
    }

    private List<String> columns(Parts t, EntityInfo side, List<Ann> joins, String prefix) {
        List<String> cols = new ArrayList<>();
        for (int i = 0; i < side.idColumns().size(); i++) {
            SchemaColumn id = side.idColumns().get(i);
            String name = i < joins.size() && !joins.get(i).string("name").isEmpty() ? fold(joins.get(i).string("name"))
                    : fold(prefix + "_" + id.name());
            t.column(new SchemaColumn(name, id.type(), false, null, false));
            cols.add(name);
        }
        return cols;
    }

    private List<String> inverseColumns(Parts join, EntityInfo owner) {
        return join.columns.stream().map(SchemaColumn::name).skip(owner.idColumns().size()).toList();
    }

    private static List<String> names(EntityInfo e) {
        return e.idColumns().stream().map(SchemaColumn::name).toList();
    }

    private static List<Ann> joinColumns(Field f) {
        Ann single = Ann.on(f, "JoinColumn");
        if (single != null) {
            return List.of(single);
        }
        Ann many = Ann.on(f, "JoinColumns");
        return many == null ? List.of() : many.nested("value");
    }

    private EntityInfo target(Field f, Class<?> type) {
        EntityInfo info = entities.get(type);
        if (info == null) {
            throw RetortException.usage(f.getDeclaringClass().getSimpleName() + "." + f.getName() + " refers to " + type.getName()
                    + ", which is not among the scanned entities", "add its package to [model] jpa packages");
        }
        return info;
    }

    private static Class<?> elementType(Field f) {
        if (f.getGenericType() instanceof ParameterizedType pt && pt.getActualTypeArguments().length == 1
                && pt.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        throw RetortException.usage(f.getDeclaringClass().getSimpleName() + "." + f.getName()
                + " is a collection without a type argument", "declare it as Set<Target> or List<Target>");
    }

    // ---- fields

    private String columnName(Field f, String fallback) {
        Ann column = Ann.on(f, "Column");
        return fold(column != null && !column.string("name").isEmpty() ? column.string("name") : fallback);
    }

    /** Persistent fields, those of @MappedSuperclass ancestors first. */
    private static List<Field> fields(Class<?> c) {
        List<Field> out = new ArrayList<>();
        Class<?> parent = c.getSuperclass();
        if (parent != null && Ann.present(parent, "MappedSuperclass")) {
            out.addAll(fields(parent));
        }
        for (Field f : c.getDeclaredFields()) {
            int m = f.getModifiers();
            if (!Modifier.isStatic(m) && !Modifier.isTransient(m) && !Ann.present(f, "Transient") && !f.isSynthetic()) {
                out.add(f);
            }
        }
        return out;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
