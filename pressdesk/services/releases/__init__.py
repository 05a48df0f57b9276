"""Press releases: the record in Kyrgyz and Russian, approval with frozen versions, documents."""
