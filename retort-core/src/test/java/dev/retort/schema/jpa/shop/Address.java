package dev.retort.schema.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    String street;

    @Column(length = 40)
    String city;

    @Column(name = "zip_code", length = 10)
    String zip;
}
