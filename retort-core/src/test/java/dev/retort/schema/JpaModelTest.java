package dev.retort.schema;

import dev.retort.schema.model.Reflector;
import dev.retort.schema.model.Schema;
import dev.retort.schema.diff.SchemaDiff;
import dev.retort.schema.model.TableFilter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.jpa.JpaModel;
import dev.retort.schema.jpa.shop.Category;
import dev.retort.schema.jpa.shop.Customer;
import dev.retort.schema.jpa.shop.Product;
import dev.retort.schema.jpa.shop.Purchase;
import dev.retort.schema.jpa.shop.Tag;
import dev.retort.support.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hibernate is the oracle: the schema it creates for the entities of dev.retort.schema.jpa.shop
 * (@Table, @Column length/nullable/unique, @Id with IDENTITY, SEQUENCE, UUID and TABLE,
 * @ManyToOne/@JoinColumn, @OneToMany, @ManyToMany join tables, @Index, @UniqueConstraint,
 * @Enumerated both ways, @Embedded) equals Retort's JPA model of them, read from the classpath.
 */
class JpaModelTest {
    static final TestDatabases dbs = new TestDatabases(JpaModelTest.class);
    static final List<Class<?>> ENTITIES = List.of(Customer.class, Purchase.class, Product.class, Category.class, Tag.class);

    @AfterAll
    static void close() throws Exception {
        dbs.close();
    }

    private static Path location(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabases.Kind.class, names = {"H2", "POSTGRESQL"})
    void theModelIsTheSchemaHibernateCreates(TestDatabases.Kind kind) throws Exception {
        TestDatabases.Db db = dbs.get(kind);
        HibernateOracle.create(db.url(), ENTITIES);
        Schema hibernate;
        try (Connection c = db.connect()) {
            hibernate = db.dialect().reflect(c, null, TableFilter.ALL);
        }
        Schema draft = JpaModel.draft(db.dialect(), List.of(location(Customer.class), location(jakarta.persistence.Entity.class)),
                List.of("dev.retort.schema.jpa.shop"));
        Schema model;
        try (ScratchDatabase scratch = ScratchDatabase.open(db.dialect(), db.url(), u -> () -> java.sql.DriverManager.getConnection(u))) {
            scratch.create(draft);
            model = scratch.reflect(TableFilter.ALL);
        }
        assertThat(SchemaText.of(model)).isEqualTo(SchemaText.of(hibernate));
        assertThat(SchemaDiff.diff(hibernate, model)).isEmpty();
        assertThat(hibernate.tables()).hasSize(8);
    }
}
