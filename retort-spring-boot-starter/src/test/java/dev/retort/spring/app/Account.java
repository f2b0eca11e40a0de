package dev.retort.spring.app;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Mapped over the table revisions a1 (SQL) and b2 (Java) create; Hibernate validates it at start-up. */
@Entity
@Table(name = "account")
public class Account {
    @Id
    private Integer id;

    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Column(name = "email", length = 200)
    private String email;

    protected Account() {}

    public Account(Integer id, String name, String email) {
        this.id = id;
        this.name = name;
        this.email = email;
    }

    public String getEmail() {
        return email;
    }
}
