def test_it_reports_a_healthy_database(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


class _DeadConnection:
    vendor = "sqlite"

    def cursor(self):
        raise RuntimeError("database gone")


def test_it_reports_a_broken_database_without_its_error(client, db, monkeypatch, caplog):
    monkeypatch.setattr("gazeta.ops.connection", _DeadConnection())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "failing"}
    assert any("database gone" in getattr(record, "error", "") for record in caplog.records)  # logged, not sent
