public enum TermNCursesModule {}
