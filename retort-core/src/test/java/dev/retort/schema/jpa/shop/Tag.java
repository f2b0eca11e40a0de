package dev.retort.schema.jpa.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Tag {
    @Id
    String code;

    short rank;
}
