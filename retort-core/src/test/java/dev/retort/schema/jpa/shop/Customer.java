package dev.retort.schema.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.List;

@Entity
@Table(name = "customer",
        uniqueConstraints = @UniqueConstraint(name = "uq_customer_email", columnNames = "email"),
        indexes = {@Index(name = "ix_customer_name", columnList = "name"),
                   @Index(name = "ix_customer_city_since", columnList = "city, since DESC", unique = false)})
public class Customer {
    public enum Status { ACTIVE, SUSPENDED, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "name", length = 80, nullable = false)
    String name;

    String email;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    Status status;

    @Embedded
    Address address;

    LocalDate since;

    boolean vip;

    @Transient
    String scratch;

    @OneToMany(mappedBy = "customer")
    List<Purchase> purchases;
}
