-- docker-compose.yaml: the engine's database and the app's, created on PostgreSQL's first start.
CREATE DATABASE operaton;
CREATE DATABASE credit;
