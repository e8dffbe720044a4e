-- A workshop store as schema version 1 wrote it (before workshops.synthetic and ideas.metric).
-- Frozen: the upgrade test opens a file made from this script.
CREATE TABLE klantreis_meta (
	"key" VARCHAR(64) NOT NULL,
	value VARCHAR(200) NOT NULL,
	PRIMARY KEY ("key")
);

CREATE TABLE workshops (
	id VARCHAR(64) NOT NULL,
	title TEXT NOT NULL,
	language VARCHAR(32) NOT NULL,
	goal TEXT DEFAULT '' NOT NULL,
	scope_kind VARCHAR(32) NOT NULL,
	scope TEXT DEFAULT '' NOT NULL,
	lens TEXT,
	vote_budget INTEGER NOT NULL,
	created_at VARCHAR(32) NOT NULL,
	revision INTEGER DEFAULT '0' NOT NULL,
	PRIMARY KEY (id)
);

CREATE TABLE ideas (
	id VARCHAR(64) NOT NULL,
	workshop_id VARCHAR(64) NOT NULL,
	title TEXT NOT NULL,
	description TEXT DEFAULT '' NOT NULL,
	department TEXT DEFAULT '' NOT NULL,
	impact INTEGER,
	effort INTEGER,
	confidence INTEGER,
	expected_effect FLOAT,
	status VARCHAR(32) NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(workshop_id) REFERENCES workshops (id)
);

CREATE INDEX ix_ideas_workshop ON ideas (workshop_id);

CREATE TABLE participants (
	id VARCHAR(64) NOT NULL,
	workshop_id VARCHAR(64) NOT NULL,
	name TEXT NOT NULL,
	department TEXT DEFAULT '' NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(workshop_id) REFERENCES workshops (id),
	UNIQUE (workshop_id, name)
);

CREATE INDEX ix_participants_workshop ON participants (workshop_id);

CREATE TABLE personas (
	id VARCHAR(64) NOT NULL,
	workshop_id VARCHAR(64) NOT NULL,
	name TEXT NOT NULL,
	description TEXT DEFAULT '' NOT NULL,
	goals TEXT DEFAULT '' NOT NULL,
	needs TEXT DEFAULT '' NOT NULL,
	frustrations TEXT DEFAULT '' NOT NULL,
	quote TEXT DEFAULT '' NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(workshop_id) REFERENCES workshops (id)
);

CREATE INDEX ix_personas_workshop ON personas (workshop_id);

CREATE TABLE journeys (
	id VARCHAR(64) NOT NULL,
	workshop_id VARCHAR(64) NOT NULL,
	persona_id VARCHAR(64) NOT NULL,
	name TEXT NOT NULL,
	variant VARCHAR(32) NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(workshop_id) REFERENCES workshops (id),
	FOREIGN KEY(persona_id) REFERENCES personas (id)
);

CREATE INDEX ix_journeys_workshop ON journeys (workshop_id);

CREATE TABLE votes (
	participant_id VARCHAR(64) NOT NULL,
	idea_id VARCHAR(64) NOT NULL,
	votes INTEGER NOT NULL,
	workshop_id VARCHAR(64) NOT NULL,
	PRIMARY KEY (participant_id, idea_id),
	FOREIGN KEY(workshop_id) REFERENCES workshops (id),
	FOREIGN KEY(participant_id) REFERENCES participants (id),
	FOREIGN KEY(idea_id) REFERENCES ideas (id)
);

CREATE INDEX ix_votes_workshop ON votes (workshop_id);

CREATE TABLE phases (
	id VARCHAR(64) NOT NULL,
	journey_id VARCHAR(64) NOT NULL,
	parent_id VARCHAR(64),
	position INTEGER NOT NULL,
	name TEXT NOT NULL,
	brand_goal TEXT DEFAULT '' NOT NULL,
	description TEXT DEFAULT '' NOT NULL,
	workshop_id VARCHAR(64) NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(workshop_id) REFERENCES workshops (id),
	FOREIGN KEY(journey_id) REFERENCES journeys (id),
	FOREIGN KEY(parent_id) REFERENCES phases (id)
);

CREATE INDEX ix_phases_workshop ON phases (workshop_id);

CREATE TABLE steps (
	id VARCHAR(64) NOT NULL,
	phase_id VARCHAR(64) NOT NULL,
	position INTEGER NOT NULL,
	name TEXT NOT NULL,
	kind VARCHAR(32) NOT NULL,
	channel TEXT DEFAULT '' NOT NULL,
	online BOOLEAN DEFAULT 0 NOT NULL,
	department TEXT DEFAULT '' NOT NULL,
	doing TEXT DEFAULT '' NOT NULL,
	thinking TEXT DEFAULT '' NOT NULL,
	feeling TEXT DEFAULT '' NOT NULL,
	questions TEXT DEFAULT '' NOT NULL,
	difficulties TEXT DEFAULT '' NOT NULL,
	workshop_id VARCHAR(64) NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(workshop_id) REFERENCES workshops (id),
	FOREIGN KEY(phase_id) REFERENCES phases (id)
);

CREATE INDEX ix_steps_workshop ON steps (workshop_id);

CREATE TABLE evidence (
	id VARCHAR(64) NOT NULL,
	workshop_id VARCHAR(64) NOT NULL,
	step_id VARCHAR(64),
	insight TEXT DEFAULT '' NOT NULL,
	source VARCHAR(32) NOT NULL,
	note TEXT DEFAULT '' NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(workshop_id) REFERENCES workshops (id),
	FOREIGN KEY(step_id) REFERENCES steps (id)
);

CREATE INDEX ix_evidence_workshop ON evidence (workshop_id);

CREATE TABLE idea_steps (
	idea_id VARCHAR(64) NOT NULL,
	step_id VARCHAR(64) NOT NULL,
	workshop_id VARCHAR(64) NOT NULL,
	PRIMARY KEY (idea_id, step_id),
	FOREIGN KEY(workshop_id) REFERENCES workshops (id),
	FOREIGN KEY(idea_id) REFERENCES ideas (id),
	FOREIGN KEY(step_id) REFERENCES steps (id)
);

CREATE INDEX ix_idea_steps_workshop ON idea_steps (workshop_id);

CREATE TABLE moments (
	id VARCHAR(64) NOT NULL,
	step_id VARCHAR(64) NOT NULL,
	polarity VARCHAR(32) NOT NULL,
	reason TEXT DEFAULT '' NOT NULL,
	status VARCHAR(32) NOT NULL,
	workshop_id VARCHAR(64) NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(workshop_id) REFERENCES workshops (id),
	FOREIGN KEY(step_id) REFERENCES steps (id)
);

CREATE INDEX ix_moments_workshop ON moments (workshop_id);

CREATE TABLE ratings (
	participant_id VARCHAR(64) NOT NULL,
	step_id VARCHAR(64) NOT NULL,
	functional INTEGER NOT NULL,
	emotional INTEGER NOT NULL,
	comment TEXT DEFAULT '' NOT NULL,
	updated_at VARCHAR(32) NOT NULL,
	workshop_id VARCHAR(64) NOT NULL,
	PRIMARY KEY (participant_id, step_id),
	FOREIGN KEY(workshop_id) REFERENCES workshops (id),
	FOREIGN KEY(participant_id) REFERENCES participants (id),
	FOREIGN KEY(step_id) REFERENCES steps (id)
);

CREATE INDEX ix_ratings_workshop ON ratings (workshop_id);


INSERT INTO klantreis_meta VALUES ('schema_version', '1');
INSERT INTO workshops VALUES ('w1', 'Hotel stay', 'en', 'Find the gaps', 'transaction', '', 'active', 5,
  '2025-03-01T09:00:00.000000Z', 7);
INSERT INTO participants VALUES ('p1', 'w1', 'Bo', 'Service');
INSERT INTO personas VALUES ('pe1', 'w1', 'Frank', 'Business traveller', '', '', '', 'Is there an iron?');
INSERT INTO journeys VALUES ('j1', 'w1', 'pe1', 'Current journey', 'current');
INSERT INTO phases VALUES ('ph1', 'j1', NULL, 0, 'Search', '', '', 'w1');
INSERT INTO steps VALUES ('s1', 'ph1', 0, 'Pack the suitcase', 'non_touchpoint', '', 0, '', '', '', '', '',
  'No list of room facilities', 'w1');
INSERT INTO ratings VALUES ('p1', 's1', 4, 3, 'Annoying', '2025-03-01T10:00:00.000000Z', 'w1');
INSERT INTO ideas VALUES ('i1', 'w1', 'Room facts on the booking page', '', 'Marketing', 4, 2, 3, 2.0,
  'proposed');
INSERT INTO votes VALUES ('p1', 'i1', 2, 'w1');
