package dev.retort.schema.jpa.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;

/** Default names everywhere: the table, the join table of tags and its columns. */
@Entity
public class Category {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    Integer id;

    String title;

    @ManyToMany
    Set<Tag> tags;
}
