/**
 * Schemas as data, by concept: {@code schema.model} (the immutable model, reflected from a
 * catalog by each database folder's {@link dev.retort.schema.model.Reflector}),
 * {@code schema.diff} (normalisation and comparison into operations whose reverses give the
 * downgrade), {@code schema.render} (revision text), {@code schema.cache} (the model cache) and
 * {@code schema.jpa} (the model of JPA entities). This package holds
 * {@link dev.retort.schema.ScratchDatabase}, a model realized in a scratch database.
 */
package dev.retort.schema;
