public enum TermUIModule {}
