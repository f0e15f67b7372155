terraform {
  required_version = ">= 1.5"
  required_providers {
    railway = {
      source  = "terraform-community-providers/railway"
      version = "~> 0.6"
    }
  }
}

# The token comes from the RAILWAY_TOKEN environment variable (an account or team token), never from a file.
provider "railway" {}
