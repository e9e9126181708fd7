"""Hindi language logic as plain functions; stages in pipeline/stages/ wrap them."""
