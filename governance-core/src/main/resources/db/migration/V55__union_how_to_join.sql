-- A union's stewards describe it to the public: besides what it is for (the description), how to
-- join it, in their own words. Empty until they say; shown on the union's public page.
ALTER TABLE trade_union ADD COLUMN how_to_join VARCHAR(1000) DEFAULT '' NOT NULL;
