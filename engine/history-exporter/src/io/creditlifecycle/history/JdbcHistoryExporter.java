package io.creditlifecycle.history;

import io.camunda.zeebe.exporter.api.Exporter;
import io.camunda.zeebe.exporter.api.context.Context;
import io.camunda.zeebe.exporter.api.context.Controller;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRelated;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * Writes every event of the engine's record stream to a relational table, so that user
 * tasks can be found and an instance's history replayed without Elasticsearch (the
 * engine distribution served on Maven Central predates Camunda's own RDBMS storage).
 * Rows are keyed by (partition, position): a record exported twice is stored once.
 */
public final class JdbcHistoryExporter implements Exporter {
  private static final String POSTGRES_TABLE =
      "CREATE TABLE IF NOT EXISTS zeebe_record ("
          + " partition_id INT NOT NULL, position BIGINT NOT NULL, record_key BIGINT NOT NULL,"
          + " record_type TEXT NOT NULL, value_type TEXT NOT NULL, intent TEXT NOT NULL,"
          + " process_instance_key BIGINT, occurred_at TIMESTAMPTZ NOT NULL, record JSONB NOT NULL,"
          + " PRIMARY KEY (partition_id, position))";
  private static final String H2_TABLE =
      "CREATE TABLE IF NOT EXISTS zeebe_record ("
          + " partition_id INT NOT NULL, position BIGINT NOT NULL, record_key BIGINT NOT NULL,"
          + " record_type VARCHAR NOT NULL, value_type VARCHAR NOT NULL, intent VARCHAR NOT NULL,"
          + " process_instance_key BIGINT, occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,"
          + " record CLOB NOT NULL, PRIMARY KEY (partition_id, position))";
  private static final String[] INDEXES = {
    "CREATE INDEX IF NOT EXISTS zeebe_record_instance ON zeebe_record (process_instance_key)",
    "CREATE INDEX IF NOT EXISTS zeebe_record_type_key ON zeebe_record (value_type, record_key)"
  };

  private String url;
  private String user;
  private String password;
  private Controller controller;
  private Connection connection;
  private PreparedStatement insert;

  @Override
  public void configure(final Context context) {
    final Map<String, Object> args = context.getConfiguration().getArguments();
    url = String.valueOf(args.getOrDefault("url", ""));
    user = String.valueOf(args.getOrDefault("user", ""));
    password = String.valueOf(args.getOrDefault("password", ""));
    if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
      throw new IllegalArgumentException(
          "history exporter: argument 'url' must be a jdbc:postgresql: or jdbc:h2: URL, got '" + url + "'");
    }
    context.setFilter(
        new Context.RecordFilter() {
          @Override
          public boolean acceptType(final RecordType type) {
            return type == RecordType.EVENT || type == RecordType.COMMAND_REJECTION;
          }

          @Override
          public boolean acceptValue(final io.camunda.zeebe.protocol.record.ValueType type) {
            return true;
          }
        });
  }

  @Override
  public void open(final Controller controller) {
    this.controller = controller;
    connectOrRetryLater();
  }

  @Override
  public void close() {
    closeQuietly();
  }

  @Override
  public void export(final Record<?> record) {
    try {
      if (connection == null) {
        connect();
      }
      insert.setInt(1, record.getPartitionId());
      insert.setLong(2, record.getPosition());
      insert.setLong(3, record.getKey());
      insert.setString(4, record.getRecordType().name());
      insert.setString(5, record.getValueType().name());
      insert.setString(6, record.getIntent().name());
      if (record.getValue() instanceof ProcessInstanceRelated related) {
        insert.setLong(7, related.getProcessInstanceKey());
      } else {
        insert.setNull(7, java.sql.Types.BIGINT);
      }
      insert.setTimestamp(8, new Timestamp(record.getTimestamp()));
      insert.setString(9, record.toJson());
      insert.executeUpdate();
      controller.updateLastExportedRecordPosition(record.getPosition());
    } catch (final SQLException e) {
      closeQuietly();
      // Throwing makes the engine retry this record, so nothing is skipped while the database is away.
      throw new IllegalStateException("history exporter: cannot store record " + record.getPosition(), e);
    }
  }

  private void connectOrRetryLater() {
    try {
      connect();
    } catch (final SQLException e) {
      closeQuietly();
      controller.scheduleCancellableTask(Duration.ofSeconds(5), this::connectOrRetryLater);
    }
  }

  private void connect() throws SQLException {
    final Properties props = new Properties();
    if (!user.isEmpty()) {
      props.setProperty("user", user);
    }
    if (!password.isEmpty()) {
      props.setProperty("password", password);
    }
    final boolean postgres = url.startsWith("jdbc:postgresql:");
    connection =
        postgres ? new org.postgresql.Driver().connect(url, props) : new org.h2.Driver().connect(url, props);
    try (Statement ddl = connection.createStatement()) {
      ddl.execute(postgres ? POSTGRES_TABLE : H2_TABLE);
      for (final String index : INDEXES) {
        ddl.execute(index);
      }
    }
    insert =
        connection.prepareStatement(
            postgres
                ? "INSERT INTO zeebe_record VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING"
                : "MERGE INTO zeebe_record KEY (partition_id, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  }

  private void closeQuietly() {
    try {
      if (connection != null) {
        connection.close();
      }
    } catch (final SQLException ignored) {
      // the connection is being discarded anyway
    } finally {
      connection = null;
      insert = null;
    }
  }
}
