print("dm")
