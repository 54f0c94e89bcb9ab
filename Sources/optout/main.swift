print("optout")
