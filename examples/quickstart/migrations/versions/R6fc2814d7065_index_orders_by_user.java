import dev.retort.migration.Migration;
import dev.retort.migration.Ops;
import dev.retort.migration.Revision;

@Revision(id = "6fc2814d7065", revises = "5eb1703c6f54",
          branchLabels = {}, dependsOn = {},
          created = "2025-01-10 16:20:00", message = "Index orders by user")
public class R6fc2814d7065_index_orders_by_user implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.execute("CREATE INDEX ix_orders_user_id ON orders (user_id)");
    }

    @Override
    public void downgrade(Ops op) {
        op.execute("DROP INDEX ix_orders_user_id");
    }
}
