package com.example.revisions;

import dev.retort.Migration;
import dev.retort.Ops;
import dev.retort.Revision;
import dev.retort.Type;

@Revision(id = "3c9f5e1a4d32", revises = "2b8e4d0f3c21", message = "Create orders")
public class CreateOrders implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.createTable("orders", t -> t.column("id", Type.BIGINT).column("total", Type.BIGINT));
    }
}
