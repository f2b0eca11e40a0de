package dev.retort.schema.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(indexes = @Index(columnList = "stock, sku"))
public class Product {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    UUID id;

    @Column(nullable = false, unique = true, length = 40)
    String sku;

    int stock;

    Double weight;

    @ManyToOne
    Category category;

    @ManyToMany(mappedBy = "products")
    Set<Purchase> purchases;
}
