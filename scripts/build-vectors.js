// placeholder replaced by the embeddings work
